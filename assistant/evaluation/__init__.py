"""The eval suite: known answers scored, the report and the CI gate."""
