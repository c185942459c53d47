# bench/report.awk: turns the raw lines of bench/run and bench/lab-run
# (tab-separated: meta, insns, compile, control, run, drops, events,
# extra) into the markdown of bench/results/<kernel>.md.  The second input
# file is bench/rows, for the order of the rows and their probe points.
#
#   awk -F'\t' -v n=N -f bench/report.awk RAW bench/rows

function median(s,    a, k, i, j, t) {
	k = split(s, a, " ")
	for (i = 2; i <= k; i++)
		for (j = i; j > 1 && a[j - 1] + 0 > a[j] + 0; j--) {
			t = a[j]; a[j] = a[j - 1]; a[j - 1] = t
		}
	if (k == 0)
		return ""
	return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
}

function minof(s,    a, k, i, m) {
	k = split(s, a, " ")
	for (i = 1; i <= k; i++)
		if (i == 1 || a[i] + 0 < m)
			m = a[i] + 0
	return m
}

function maxof(s,    a, k, i, m) {
	k = split(s, a, " ")
	for (i = 1; i <= k; i++)
		if (i == 1 || a[i] + 0 > m)
			m = a[i] + 0
	return m
}

function trim(s) {
	gsub(/^ +| +$/, "", s)
	return s
}

# ns per event of ROW in COLUMN, or a word saying why there is none.
function cost(row, col, probe,    m, ev) {
	if (!((row, col) in status))
		return "-"
	if (status[row, col] == "n/a")
		return "n/a (not yet supported)"
	if (status[row, col] != "ok")
		return status[row, col]
	m = median(rounds[row, col])
	ev = events_of(probe)
	return sprintf("%.0f", (m - baseline(row, col)) * n / ev)
}

# Untraced ns/call for ROW's COLUMN: the fastest of its own control
# rounds, taken just before it, else the median of them all.  The fastest:
# what the previous tool left running as it exited (a bpftrace's deferred
# teardown, on the one vCPU) can only add to the first control rounds.
function baseline(row, col) {
	if ((row, col) in ctl)
		return minof(ctl[row, col])
	return untraced
}

# Events per round at PROBE: the tracer's count, else bpftrace's, else n.
function events_of(probe) {
	if (events[probe, "tracer"] ~ /^[1-9][0-9]*$/)
		return events[probe, "tracer"]
	if (events[probe, "bpftrace"] ~ /^[1-9][0-9]*$/)
		return events[probe, "bpftrace"]
	return n
}

function ratio(a, b, target,    r) {
	if (a !~ /^-?[0-9]+$/ || b !~ /^-?[0-9]+$/ || b + 0 <= 0)
		return "-"
	r = a / b
	return sprintf("%.2f %s", r, r <= target ? "(met)" : "(**missed**)")
}

FNR == NR {
	if ($1 == "meta")
		meta[$2] = $3
	else if ($1 == "insns")
		insns[$2] = $3
	else if ($1 == "compile")
		compile[++ncompile] = $2 "\t" $3
	else if ($1 == "control") {
		ctl[$2, $3] = $4
		controls = controls " " $4
	}
	else if ($1 == "run") {
		status[$2, $3] = $4
		rounds[$2, $3] = $5
	} else if ($1 == "drops")
		drops[$2, $3] = $4
	else if ($1 == "events") {
		events[$2, $3] = $4
		eprobes[$2] = 1
	} else if ($1 == "extra")
		extra[$2] = $3
	next
}

/^#/ || !NF { next }

{
	split($0, f, "|")
	nrows++
	rname[nrows] = trim(f[1])
	rprobe[nrows] = trim(f[2])
}

END {
	untraced = median(controls)
	printf "# tracer benchmark: kernel %s\n\n", meta["kernel"]
	printf "- date: %s; commit %s\n", meta["date"], meta["commit"]
	printf "- kernel: %s; VM: %s, %s vCPUs, guest CPU \"%s\"; host CPU \"%s\"\n",
		meta["kernel"], meta["accel"], meta["vcpus"], meta["cpu"],
		meta["host_cpu"]
	printf "- workload: %s (bench/loop.c)\n", meta["workload"]
	printf "- cost per event = (median of the traced rounds - fastest of the untraced rounds run just before them, ns/call) x N / events; all untraced rounds: median %.1f ns/call, from %.1f to %.1f (%d rounds)\n",
		untraced, minof(controls), maxof(controls), split(controls, tmp, " ")
	if (meta["accel"] ~ /icount/)
		printf "- deterministic: guest time counts instructions, so a ns is a guest instruction executed on the traced system, whatever else loads the host; with one vCPU the tools' own userspace work (consumers, printf formatting) also lands in the workload's time, as on a 1-CPU machine\n"
	else
		printf "- NOISY: the lab VM shares 2 host cores with other engineers' labs; under TCG both vCPUs run on one host thread, so the tool's own userspace work (consumers, printf formatting) also lands in the workload's time. Absolute numbers are emulation-slow; the ratios are what matter.\n"
	printf "- mechanisms: tracer: fbt entry = one ftrace_ops per session (SAVE_REGS), fbt return = kretprobe, syscalls:sys_enter_read = the raw sys_enter tracepoint; bpftrace 0.17: kprobe (on this kernel a kprobe at a function's entry is itself ftrace-based, KPROBES_ON_FTRACE), kretprobe, the tracepoint through a BPF program; floor (bench/floor/floor.c): fbt entry rows an ftrace_ops with the tracer's flags and recursion lock, return rows a kretprobe, the tracepoint row a probe on raw sys_enter\n"
	printf "- tracer runs quiet (-q: an empty clause records nothing, as bpftrace's does); bytecode insns/event are counted on the host (bench/insns)\n\n"

	print "| row | tracer ns/event | bpftrace ns/event | floor ns/event | tracer/bpftrace (target <= 0.6) | tracer/floor (target <= 2.5) | tracer insns/event |"
	print "|---|--:|--:|--:|--:|--:|--:|"
	for (i = 1; i <= nrows; i++) {
		r = rname[i]
		if (rprobe[i] == "-") {
			printf "| %s | untraced %.1f ns/call | | | | | |\n", r, untraced
			continue
		}
		t = cost(r, "tracer", rprobe[i])
		b = cost(r, "bpftrace", rprobe[i])
		fl = cost(r, "floor", rprobe[i])
		printf "| %s | %s | %s | %s | %s | %s | %s |\n", r, t, b, fl,
			ratio(t, b, 0.6), ratio(t, fl, 2.5),
			(r in insns) ? insns[r] : "-"
	}

	pt = cost("printf of three values", "tracer", "entry")
	pb = cost("printf of three values", "bpftrace", "entry")
	pm = median(rounds["printf of three values", "tracer"])
	printf "\nprintf per event: tracer %s ns, bpftrace %s ns: target tracer <= bpftrace %s; the printf workload ran at about %.0f events/s (the target's 1M events/s needs real hardware)\n",
		pt, pb, (pt ~ /^-?[0-9]+$/ && pb ~ /^-?[0-9]+$/) ? (pt + 0 <= pb + 0 ? "met" : "**missed**") : "not measured",
		(pm > 0 ? 1e9 / pm : 0)

	print "\n## Events per round (a count() run filtered on the workload's pid)\n"
	print "| probe | tracer | bpftrace | expected |"
	print "|---|--:|--:|--:|"
	for (p in eprobes)
		printf "| %s | %s | %s | %d |\n", p, events[p, "tracer"],
			events[p, "bpftrace"], n
	print "\n## Lost records\n"
	nd = 0
	for (k in drops) {
		split(k, kk, SUBSEP)
		printf "- %s, %s: %s\n", kk[1], kk[2], drops[k]
		nd++
	}
	if (!nd)
		print "- none reported by either tool in any row (printf included: default buffer size, output to /dev/null)"

	print "\n## Other measurements\n"
	printf "- attach and detach of fbt::vfs_*:entry (attach: start, for bpftrace its \"Attaching\" line, to BEGIN output; detach: BEGIN's exit() to the process gone): tracer %s; bpftrace %s\n",
		extra["attach_tracer"], extra["attach_bpftrace"]
	printf "- snapshot and print of an aggregation of 100,000 keys: tracer %s; bpftrace %s\n",
		extra["aggprint_tracer"], extra["aggprint_bpftrace"]
	printf "- module memory for a default session: %s\n", extra["memory"]
	printf "- compile time (trc_compile(), median of 20, host): D scripts in scripts/: %d", meta["scripts_d"]
	printf (meta["scripts_d"] ? "\n" : " (there are none yet), so the golden compiler tests that compile are timed instead\n")
	print "\n| script | us |"
	print "|---|--:|"
	for (i = 1; i <= ncompile; i++) {
		split(compile[i], c, "\t")
		printf "| %s | %s |\n", c[1], c[2]
	}
}
