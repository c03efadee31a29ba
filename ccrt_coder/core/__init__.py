"""Domain values and rules of the CCRT method; standard library only."""
