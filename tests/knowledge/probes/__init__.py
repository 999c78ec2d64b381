"""Messages written by blind helpers to probe the red flags, kept as data for
tests/knowledge/test_red_flag_probes.py."""
