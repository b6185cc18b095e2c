# A stand-in for chevron, the mustache library teps.py imports: `teps.py validate` never
# renders (only `table` and `new` do), and Debian has no package of chevron. Rendering
# through this module fails loudly instead of passing.
def render(template, data):
    raise NotImplementedError('chevron is not installed: this stand-in only lets teps.py validate import')
