"""The reports screen (报表): the month's report previewed and saved."""
