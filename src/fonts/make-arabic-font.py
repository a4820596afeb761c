#!/usr/bin/python3
"""Makes the app's Arabic face: Noto Sans Arabic UI with DejaVu Sans's Latin letters, punctuation and arrows added.

Why: Noto Sans Arabic has no parentheses, dashes, Latin letters or arrows, so JavaFX draws those from a fallback
face, and JavaFX 21 orders the runs of a right-to-left line wrongly where the face changes: "الأحداث (٨٢)" came
out as "(: الأحداث ٨٢)" and "شباط ٢٠٠٣ – أيلول ٢٠٢٦" as "شباط ٢٠٠٣ أيلول –٢٠٢٦". One face with every glyph a
line needs is drawn as one run, in the right order. The Latin comes from DejaVu Sans, the app's own face, so that a
Latin name in an Arabic text looks as it does in English. The UI cut of Noto Sans Arabic, not the plain one: its
lines are 1.36 em high where the plain one's are 2.11 em (room for stacked marks that Arabic school texts do not
use), so that an Arabic window fits as much as an English one: on a 720p screen the plain cut left the figures chart
no room to draw.

Run with Debian's fonts-noto-ui-core, fonts-dejavu-core and python3-fonttools (fontTools 4.38):
    /usr/bin/python3 src/fonts/make-arabic-font.py
It writes src/main/resources/org/timelineexplorer/fonts/TimelineArabic-{Regular,Bold}.ttf. Both sources are under
free licences that allow this (SIL OFL 1.1 for Noto, no reserved font name; the Bitstream Vera licence for DejaVu,
which asks that a changed font not be called DejaVu or Bitstream Vera): the result has a name of its own.
"""
import os
from fontTools import subset
from fontTools.merge import Merger
from fontTools.ttLib import TTFont
from fontTools.ttLib.scaleUpem import scale_upem

NOTO = "/usr/share/fonts/truetype/noto/NotoSansArabicUI-{}.ttf"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans{}.ttf"
OUT = os.path.join(os.path.dirname(__file__), "../main/resources/org/timelineexplorer/fonts/TimelineArabic-{}.ttf")
FAMILY = "Timeline Explorer Arabic"

# What an Arabic line of the app may hold besides Arabic: Latin letters and signs, the general punctuation (dashes,
# quotes, the ellipsis), the arrows of Previous and Next, the minus sign. Code points Noto has stay Noto's.
ADDED = [*range(0x21, 0x7F), *range(0xA1, 0x180), *range(0x2010, 0x2028), *range(0x2030, 0x203B),
         *range(0x2190, 0x2196), 0x2212]


def latin_part(style, work, upem):
    font = TTFont(DEJAVU.format("" if style == "Regular" else "-" + style))
    options = subset.Options()
    options.layout_features = ["kern", "liga"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    # Tables Noto Sans Arabic lacks and the merge cannot join: DejaVu's mathematical layout and its build stamp.
    options.drop_tables += ["MATH", "FFTM"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[c for c in ADDED if c not in noto_codes(style)])
    subsetter.subset(font)
    scale_upem(font, upem)
    path = os.path.join(work, "latin-" + style + ".ttf")
    font.save(path)
    return path


def noto_codes(style):
    return set(TTFont(NOTO.format(style)).getBestCmap())


def rename(font, style):
    for record in font["name"].names:
        if record.nameID in (1, 16):
            record.string = FAMILY
        elif record.nameID == 4:
            record.string = FAMILY + ("" if style == "Regular" else " " + style)
        elif record.nameID == 6:
            record.string = FAMILY.replace(" ", "") + "-" + style
        elif record.nameID == 3:
            record.string = FAMILY.replace(" ", "") + "-" + style + ";merged"


def main():
    work = "/tmp/timeline-arabic-font"
    os.makedirs(work, exist_ok=True)
    for style in ("Regular", "Bold"):
        upem = TTFont(NOTO.format(style))["head"].unitsPerEm
        merged = Merger().merge([NOTO.format(style), latin_part(style, work, upem)])
        rename(merged, style)
        merged.save(OUT.format(style))
        print("wrote", os.path.normpath(OUT.format(style)))


if __name__ == "__main__":
    main()
