-- issue 13: how the public leaderboard shows scores to participants: 'plain' (best public score) or 'ladder'
-- (Blum & Hardt's parameter-free Ladder). Version 4 leaves 3 free for the shared-database migration of issue 14.
ALTER TABLE competitions ADD COLUMN public_board TEXT NOT NULL DEFAULT 'plain';
