"""A second, independent family of templates ("alt"): other issuers' layouts and spellings.

The default family (workshop/samples/templates) is what the extractors were tuned on;
this one exists to measure how they generalise. It prints the same facts
differently: a contract's price only inside a clause sentence, parties in a
header table or in the signature block only, 分项报价表 with 单价 columns,
acceptance forms with checkboxes and dates in Chinese numerals, a license
with colon labels, audit reports with prior-year columns filled and the
system-integration revenue in the notes.
"""
