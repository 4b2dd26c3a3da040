"""``newslint serve``: a checking service that LanguageTool clients and a browser can use.

``app`` holds the routes, ``languagetool`` the v2 request and answer mapping, ``api``
newslint's own JSON API, ``checking`` what a worker does per request, ``pool`` the
workers, ``limits`` what one request may cost, ``service`` the start-up. Nothing here
is imported by ``newslint check``; it needs the ``server`` extra.
"""
