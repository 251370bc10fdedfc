"""The settings screen (设置): language, visit intervals, profile, data folder."""
