"""Use cases beyond the basic project API, each on a Database: analyses, reports, exchange."""
