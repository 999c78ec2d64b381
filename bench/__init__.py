"""Benchmarks: `make bench` (python -m bench) prints the figures quoted in the README."""
