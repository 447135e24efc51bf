"""govaudit: auditor of Chinese government websites' information disclosure."""

__version__ = "0.1.0"
