"""The narrators' colours in the comparison table and charts (Okabe–Ito blue and vermilion:
told apart with every common colour-vision deficiency)."""

NARRATOR_COLOURS = {"patient": "#0072B2", "therapist": "#D55E00"}
