"""The fault campaign of issue 14, kept: kills, a full disk, concurrent writers, hostile files.

``benchmarks/fault_campaign.py`` runs it all and prints the table; ``tests/faults/test_campaign.py``
runs a few attempts of each kind in CI. Every attempt runs this checkout's code in another
process (``python -m ccrt_coder ...`` with ``PYTHONPATH`` set), as a user would.
"""
