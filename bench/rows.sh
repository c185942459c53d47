# shellcheck shell=bash
# bench/rows.sh: sourced by bench/run and bench/lab-run.  bench_rows prints
# the rows of bench/rows as tab-separated fields without the blanks around
# them, skipping comments and blank lines:
#   NAME PROBE FLOOR TRACER-PROGRAM BPFTRACE-PROGRAM
bench_rows() {
	awk -F'|' -v OFS='\t' '/^#/ || !NF { next }
		{ for (i = 1; i <= NF; i++) gsub(/^ +| +$/, "", $i); $1 = $1; print }' \
		bench/rows
}
