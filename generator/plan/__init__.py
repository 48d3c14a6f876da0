"""Planning: the operations the config selects, described in the IR (`operations`, `ir`), every
class and module named once (`names`), the pollers checked against them (`polling`). What is
emitted is decided here, as frozen data."""
