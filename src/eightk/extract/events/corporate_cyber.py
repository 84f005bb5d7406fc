"""stub"""


def extract(filing, releases=()):
    return []
