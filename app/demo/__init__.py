"""Realistic synthetic data for demos, screenshots and benchmarks (deterministic by seed)."""
