"""The RE panel: an interview's relationship episodes, the chosen RE's header, rating and units."""
