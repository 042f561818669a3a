"""Qt item models over db/ reads; one model per file."""
