"""The station screen (站务): the plan's rules as lights, charts, supervision and training."""
