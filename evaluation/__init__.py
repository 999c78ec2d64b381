"""The evaluation of free-text understanding: labelled real messages and their scoring."""
