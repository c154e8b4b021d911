"""What every screened public form must render (leads.api.ScreenedFormMixin)."""

import re

from django.core import signing

from leads.screening import FORM_SALT


def assert_screening_fields_once(html):
    """The honeypot and the timestamp appear once each, the honeypot hidden and labelled."""
    assert html.count('name="website"') == 1
    assert html.count('name="form_rendered_at"') == 1
    trap = re.search(r'<span class="form-trap" aria-hidden="true">(.*?)</span>', html).group(1)
    label_for = re.search(r'<label for="([^"]+)">[^<]+</label>', trap).group(1)
    honeypot = re.search(r'<input type="text" name="website"[^>]*>', trap).group(0)
    assert f'id="{label_for}"' in honeypot
    assert 'autocomplete="off"' in honeypot and 'tabindex="-1"' in honeypot
    assert "value=" not in honeypot
    stamp = re.search(r'<input type="hidden" name="form_rendered_at" value="([^"]+)"', html)
    assert signing.loads(stamp.group(1), salt=FORM_SALT, max_age=60)
