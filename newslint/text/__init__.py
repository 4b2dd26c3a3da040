"""The text of a draft as a reader meets it: blocks, prose, sentences, words, quotes.

Everything here works on strings and offsets and knows nothing of documents or claims.
"""
