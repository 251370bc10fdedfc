"""The plan's rules the figures are held against (seed README): every resident social
worker gets at least 48 hours of training a year; a station is supervised at least
once a month, at least 16 hours each time."""

TRAINING_HOURS_A_YEAR = 48.0
SUPERVISION_HOURS = 16.0
