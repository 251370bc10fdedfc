"""The category a test client gets when its category does not matter to the test."""

from app.services.clients import CategoryInput

# "Other / to be assessed": a client is never saved without a category.
TBA = [CategoryInput("to_be_assessed")]
