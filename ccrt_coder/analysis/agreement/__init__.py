"""The CCRT agreement report: coders' layers compared per RE, component, span and formulation."""
