"""kaiju_research."""
