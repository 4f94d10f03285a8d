#!/usr/bin/env python3
"""Writes the count fixtures whose exact bytes matter (CRLF, NUL, invalid UTF-8, odd whitespace, empty).

Run from the repository root; the files are committed, this only documents and reproduces them.
The first line of each states the expected counts, as in the other fixtures.
"""
from pathlib import Path

DIR = Path("src/test/resources/org/oxidation/count/fixtures")

FIXTURES = {
    "crlf.c": b"// 8 lines 4 code 3 comments 1 blanks\r\n"
              b"int a;\r\n"
              b"\r\n"
              b"/* multi\r\n"
              b"   line */\r\n"
              b"int b; // trailing\r\n"
              b"char *s = \"x \\\r\n"          # backslash-CRLF continues the string
              b"/* in string */\";\r\n",
    "crlf.rs": b"// 5 lines 3 code 1 comments 1 blanks\r\n"
               b"let s = \"a \\\r\n"
               b"  b\";\r\n"
               b"\r\n"
               b"let r = r#\"x\"#; /* c */\r\n",
    "nul_bytes.c": b"// 5 lines 2 code 2 comments 1 blanks\n"
                   b"int a;\x00\n"
                   b"\n"
                   b"\x00\n"                    # NUL is not whitespace: code
                   b"/* \x00 */\n",
    "invalid_utf8.c": b"// 4 lines 2 code 2 comments 0 blanks\n"
                      b"char *s = \"\xff\xfe\";\n"
                      b"/* \xc3\x28 \x80 */\n"
                      b"\xc0\xaf\n",
    "invalid_utf8_char.rs": b"// 3 lines 1 code 2 comments 0 blanks\n"
                            b"let c = '\xe9'; /*\n"  # lone Latin-1 byte in quotes: still a char
                            b"comment */\n",
    "whitespace_kinds.c": b"// 6 lines 1 code 1 comments 4 blanks\n"
                          b" \t \n"
                          b"\f\n"
                          b"\x0b\n"
                          b"\r\n"
                          b"int x;\n",
    "empty.c": b"",
}

for name, data in FIXTURES.items():
    (DIR / name).write_bytes(data)
# A zero-byte file cannot state its counts on its first line: a sidecar does.
(DIR / "empty.c.counts").write_bytes(b"0 lines 0 code 0 comments 0 blanks\n")
