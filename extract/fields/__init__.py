"""Field parsers (money, dates, credit codes, parties, fee tables) and per-type extractors."""
