"""Lexicons more than one stage reads (layout and extract): the titles of posts.

Layout asks whether a line ends on a person's title (a name follows it across the break), extract
reads posts; both read the one table here, so layout never imports extract (style.md: the stages
depend one way, read → layout → articles → extract).
"""
