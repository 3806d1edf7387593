-- issue 9: the strategy that made a submission, as the uploader declared it in the form field 'strategy'
-- (validated: letters, digits, '-' and ':'); NULL for a submission that names none (a hand-made CSV, or one stored
-- before this version). The strategy comparison groups by this column and never reads the description.
ALTER TABLE submissions ADD COLUMN strategy TEXT;
