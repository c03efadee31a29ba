"""CCRT formation per scope and the patient-therapist comparison, on plain tables."""
