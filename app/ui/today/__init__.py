"""Today (今日待办): who to see today and what is left unfinished."""
