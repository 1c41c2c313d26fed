"""``make harden``: the hostile corpus and the faults against the service started as the README starts it.

Loopback only, stops by itself, prints one table (see :mod:`harden.__main__`).
"""
