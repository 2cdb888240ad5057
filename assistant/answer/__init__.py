"""Answer: hits -> an extractive `Answer` by voice, or "not found" and what is missing; the optional LLM."""
