"""Measurements of the forensic checks (verify/forensics/): planted recall, the paste sweep, the scan-condition matrix."""
