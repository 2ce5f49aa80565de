/* Calculators: pure logic, no DOM. The browser twin of macros/calculators/ (Python).
   Loaded by the page as window.DeaCalc and by Node's test runner (require), which holds it to
   the same table of test vectors as the Python side (tests/vectors/calculators.json): the same
   inputs must give exactly the same outputs, or exactly the same error message. So every
   formula below keeps the Python order of operations, and every message its wording.
   Limits and prices are never typed here: the page embeds them, read from data/ at build time. */
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory();
  else root.DeaCalc = factory();
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  var ABSURD = 1e12;

  /* ---- validation, as in macros/calculators/base.py ---------------------------------- */

  function InputError(message) {
    this.name = "InputError";
    this.message = message;
  }
  InputError.prototype = Object.create(Error.prototype);

  // Whole numbers with thousands separators, others as written: Python's fmt().
  function fmt(value) {
    if (Number.isInteger(value)) return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return String(value);
  }

  function number(inputs, key, label, o) {
    o = o || {};
    var unit = o.unit || "";
    var maximum = o.maximum === undefined ? ABSURD : o.maximum;
    if (!(key in inputs) || inputs[key] === null || inputs[key] === "" || inputs[key] === undefined)
      throw new InputError(label + " is missing");
    var value = inputs[key];
    if (typeof value !== "number" || !isFinite(value)) throw new InputError(label + " must be a number");
    if (o.whole && value !== Math.trunc(value)) throw new InputError(label + " must be a whole number");
    if (o.above !== undefined && value <= o.above)
      throw new InputError(o.above === 0 ? label + " must be above zero" : label + " must be above " + fmt(o.above) + unit);
    if (o.minimum !== undefined && value < o.minimum)
      throw new InputError(o.minimum === 0 ? label + " cannot be negative" : label + " must be at least " + fmt(o.minimum) + unit);
    if (value > maximum) throw new InputError(label + " must be at most " + fmt(maximum) + unit);
    return value;
  }

  function choice(inputs, key, label, options) {
    var value = inputs[key];
    if (options.indexOf(value) < 0) throw new InputError(label + " must be one of: " + options.join(", "));
    return value;
  }

  /* ---- the calculators, as in macros/calculators/<name>.py ---------------------------- */

  function dynamodb(lim, inputs) {
    var item = number(inputs, "item_kb", "Item size", { above: 0, maximum: lim.item_max_kb, unit: " KB" });
    var reads = number(inputs, "reads_per_second", "Reads per second", { minimum: 0 });
    var writes = number(inputs, "writes_per_second", "Writes per second", { minimum: 0 });
    var readUnits = Math.ceil(item / lim.read_unit_kb);
    var writeUnits = Math.ceil(item / lim.write_unit_kb);
    function rcu(k) { return Math.ceil(reads * readUnits * lim["read_" + k]); }
    function wcu(k) { return Math.ceil(writes * writeUnits * lim["write_" + k]); }
    return {
      read_units_per_item: readUnits,
      write_units_per_item: writeUnits,
      rcu_strong: rcu("strong"),
      rcu_eventual: rcu("eventual"),
      rcu_transactional: rcu("transactional"),
      wcu_standard: wcu("standard"),
      wcu_transactional: wcu("transactional"),
      min_partitions: Math.max(
        Math.ceil(rcu("strong") / lim.partition_read_units),
        Math.ceil(wcu("standard") / lim.partition_write_units),
        1
      ),
    };
  }

  function kinesis(lim, inputs) {
    var rate = number(inputs, "records_per_second", "Records per second", { above: 0 });
    var size = number(inputs, "record_kb", "Average record size", { above: 0, maximum: lim.record_max_kb, unit: " KB" });
    var shared = number(inputs, "shared_consumers", "Shared-throughput consumers", { minimum: 0, maximum: 1000, whole: true });
    var efo = number(inputs, "efo_consumers", "Enhanced fan-out consumers", { minimum: 0, maximum: lim.efo_consumers, whole: true });
    var writeKb = rate * size;
    var readKb = writeKb * shared;
    var byVolume = Math.ceil(writeKb / lim.write_kb);
    var byCount = Math.ceil(rate / lim.write_records);
    var byReads = Math.ceil(readKb / lim.read_kb);
    return {
      write_kb: writeKb,
      by_volume: byVolume,
      by_count: byCount,
      read_kb: readKb,
      by_reads: byReads,
      shards: Math.max(byVolume, byCount, byReads),
      efo_read_kb: writeKb * efo,
    };
  }

  function lambdaConcurrency(lim, inputs) {
    var rate = number(inputs, "requests_per_second", "Requests per second", { above: 0 });
    var duration = number(inputs, "duration_ms", "Average duration", { above: 0, maximum: lim.timeout_ms, unit: " ms" });
    var concurrency = Math.ceil(rate * duration / 1000);
    return {
      concurrency: concurrency,
      quota: lim.quota,
      within_quota: concurrency <= lim.quota,
      quota_share: concurrency / lim.quota,
      scaling_steps: Math.ceil(concurrency / lim.environments_per_step),
      step_seconds: lim.step_seconds,
    };
  }

  var UNIT_BYTES = { KB: 1024, MB: 1048576, GB: 1073741824, TB: 1099511627776 };
  var BYTES_PER_MB = 1048576;
  var MB_PER_TB = 1048576;

  function athena(lim, inputs) {
    var unit = choice(inputs, "unit", "Size unit", ["KB", "MB", "GB", "TB"]);
    var size = number(inputs, "table_size", "Table size", { minimum: 0 });
    var partitions = number(inputs, "partitions_percent", "Share of partitions read", { minimum: 0, maximum: 100, unit: "%" });
    var columns = number(inputs, "columns_percent", "Share of data in the columns read", { minimum: 0, maximum: 100, unit: "%" });
    var queries = number(inputs, "queries", "Number of queries", { above: 0, whole: true });
    var scanned = Math.ceil(size * UNIT_BYTES[unit] * partitions / 100 * columns / 100);
    var scannedMb = scanned / BYTES_PER_MB;
    var roundedMb = Math.ceil(scannedMb / lim.rounding_mb) * lim.rounding_mb;
    var billedMb = Math.max(roundedMb, lim.minimum_mb);
    var perQuery = billedMb / MB_PER_TB * lim.usd_per_tb;
    return {
      scanned_bytes: scanned,
      scanned_mb: scannedMb,
      rounded_mb: roundedMb,
      billed_mb: billedMb,
      minimum_applies: roundedMb < lim.minimum_mb,
      usd_per_query: perQuery,
      usd_total: perQuery * queries,
    };
  }

  var S3_CLASSES = ["STANDARD", "INTELLIGENT_TIERING", "STANDARD_IA", "ONEZONE_IA", "GLACIER_IR", "GLACIER", "DEEP_ARCHIVE"];
  var S3_NAMES = {
    STANDARD: "S3 Standard", INTELLIGENT_TIERING: "S3 Intelligent-Tiering", STANDARD_IA: "S3 Standard-IA",
    ONEZONE_IA: "S3 One Zone-IA", GLACIER_IR: "S3 Glacier Instant Retrieval",
    GLACIER: "S3 Glacier Flexible Retrieval", DEEP_ARCHIVE: "S3 Glacier Deep Archive",
  };
  var MIN_SIZE_CLASSES = ["STANDARD_IA", "ONEZONE_IA", "GLACIER_IR"];
  var ARCHIVE_CLASSES = ["GLACIER", "DEEP_ARCHIVE"];
  var KB_PER_GB = 1048576;
  var DAYS_PER_MONTH = 30;

  function s3(lim, inputs) {
    var cls = choice(inputs, "storage_class", "Storage class", S3_CLASSES);
    var objects = number(inputs, "objects", "Number of objects", { above: 0, whole: true });
    var size = number(inputs, "object_kb", "Average object size", { above: 0, unit: " KB" });
    var days = number(inputs, "days", "Days kept", { above: 0, maximum: 36500, whole: true });
    var retrieval = number(inputs, "retrieval_gb", "Data retrieved", { minimum: 0, unit: " GB" });
    var minSize = MIN_SIZE_CLASSES.indexOf(cls) >= 0;
    var archive = ARCHIVE_CLASSES.indexOf(cls) >= 0;
    var billedDays = Math.max(days, lim["min_days_" + cls]);
    var objectKb = minSize ? Math.max(size, lim.min_size_kb) : archive ? size + lim.archive_class_kb : size;
    var standardKb = archive ? lim.archive_standard_kb : 0;
    var billedGb = objects * objectKb / KB_PER_GB;
    var standardGb = objects * standardKb / KB_PER_GB;
    var storage = billedGb * lim["price_" + cls] * billedDays / DAYS_PER_MONTH;
    var overhead = standardGb * lim.price_STANDARD * days / DAYS_PER_MONTH;
    var monitored = cls === "INTELLIGENT_TIERING" && size >= lim.it_monitor_min_kb ? objects : 0;
    var monitoring = monitored / 1000 * lim.it_usd_per_1000 * days / DAYS_PER_MONTH;
    var retrievalUsd = retrieval * lim["retrieval_" + cls];
    return {
      billed_object_kb: objectKb,
      billed_gb: billedGb,
      standard_gb: standardGb,
      billed_days: billedDays,
      minimum_size_applies: objectKb > size && minSize,
      minimum_duration_applies: billedDays > days,
      storage_usd: storage,
      overhead_usd: overhead,
      monitoring_usd: monitoring,
      retrieval_usd: retrievalUsd,
      total_usd: storage + overhead + monitoring + retrievalUsd,
    };
  }

  var WORKER_TYPES = { "G.025X": "g025x", "G.1X": "g1x", "G.2X": "g2x", "G.4X": "g4x", "G.8X": "g8x", "G.12X": "g12x", "G.16X": "g16x" };

  function glue(lim, inputs) {
    var minutes = number(inputs, "runtime_minutes", "Run time", { above: 0, maximum: 100000, unit: " minutes" });
    var worker = choice(inputs, "worker_type", "Worker type", Object.keys(WORKER_TYPES));
    var workers = number(inputs, "workers", "Number of workers", { above: 0, maximum: 100000, whole: true });
    var runs = number(inputs, "runs", "Runs", { above: 0, whole: true });
    var dpus = workers * lim["dpu_" + WORKER_TYPES[worker]];
    var billed = Math.max(minutes * 60, lim.minimum_seconds);
    var dpuHours = dpus * billed / 3600;
    var perRun = dpuHours * lim.usd_per_dpu_hour;
    return { dpus: dpus, billed_seconds: billed, dpu_hours: dpuHours, usd_per_run: perRun, usd_total: perRun * runs };
  }

  function firehose(lim, inputs) {
    var rate = number(inputs, "mib_per_second", "Incoming data rate", { above: 0, maximum: 100000, unit: " MiB/s" });
    var size = number(inputs, "buffer_mib", "Buffer size", { minimum: lim.buffer_min_mib, maximum: lim.buffer_max_mib, unit: " MiB" });
    var interval = number(inputs, "buffer_seconds", "Buffer interval", { minimum: lim.interval_min_seconds, maximum: lim.interval_max_seconds, unit: " seconds" });
    var fill = size / rate;
    var flush = Math.min(fill, interval);
    return {
      seconds_to_fill: fill,
      trigger: interval === 0 ? "none" : fill <= interval ? "size" : "interval",
      flush_seconds: flush,
      object_mib: rate * flush,
      objects_per_hour: flush === 0 ? null : 3600 / flush,
    };
  }

  var CALCULATORS = {
    dynamodb: dynamodb, kinesis: kinesis, lambda: lambdaConcurrency, athena: athena,
    s3: s3, glue: glue, firehose: firehose,
  };

  // One run: the outputs, or throws InputError with the message the reader sees.
  function compute(name, inputs, limits) {
    if (!CALCULATORS[name]) throw new Error("unknown calculator " + name);
    return CALCULATORS[name](limits, inputs);
  }

  // Never throws: {outputs} or {error}, for the page.
  function run(name, inputs, limits) {
    try {
      return { outputs: compute(name, inputs, limits) };
    } catch (e) {
      if (e instanceof InputError) return { error: e.message };
      throw e;
    }
  }

  /* ---- the forms: fields, and how a text box becomes an input -------------------------- */

  // Defaults are the worked examples on the teaching pages, so a reader can compare.
  var FIELDS = {
    dynamodb: [
      { key: "item_kb", label: "Item size", unit: "KB", value: "6" },
      { key: "reads_per_second", label: "Reads per second", unit: "reads/s", value: "100" },
      { key: "writes_per_second", label: "Writes per second", unit: "writes/s", value: "50" },
    ],
    kinesis: [
      { key: "records_per_second", label: "Records per second", unit: "records/s", value: "3000" },
      { key: "record_kb", label: "Average record size", unit: "KB", value: "2" },
      { key: "shared_consumers", label: "Shared-throughput consumers", unit: "GetRecords readers", value: "2" },
      { key: "efo_consumers", label: "Enhanced fan-out consumers", unit: "registered readers", value: "0" },
    ],
    lambda: [
      { key: "requests_per_second", label: "Requests per second", unit: "requests/s", value: "250" },
      { key: "duration_ms", label: "Average duration", unit: "ms", value: "800" },
    ],
    athena: [
      { key: "table_size", label: "Table size", value: "1" },
      { key: "unit", label: "Size unit", options: ["KB", "MB", "GB", "TB"], value: "TB" },
      { key: "partitions_percent", label: "Share of partitions read", unit: "%", value: "10" },
      { key: "columns_percent", label: "Share of data in the columns read", unit: "%", value: "25" },
      { key: "queries", label: "Number of queries", unit: "per month", value: "30" },
    ],
    s3: [
      { key: "storage_class", label: "Storage class", options: S3_CLASSES, names: S3_NAMES, value: "STANDARD_IA" },
      { key: "objects", label: "Number of objects", value: "1000000" },
      { key: "object_kb", label: "Average object size", unit: "KB", value: "64" },
      { key: "days", label: "Days kept", unit: "days (30 for one month)", value: "30" },
      { key: "retrieval_gb", label: "Data retrieved", unit: "GB", value: "0" },
    ],
    glue: [
      { key: "worker_type", label: "Worker type", options: Object.keys(WORKER_TYPES), value: "G.2X" },
      { key: "workers", label: "Number of workers", value: "10" },
      { key: "runtime_minutes", label: "Run time", unit: "minutes", value: "18" },
      { key: "runs", label: "Runs", unit: "per month", value: "30" },
    ],
    firehose: [
      { key: "mib_per_second", label: "Incoming data rate", unit: "MiB/s", value: "0.5" },
      { key: "buffer_mib", label: "Buffer size", unit: "MiB", value: "64" },
      { key: "buffer_seconds", label: "Buffer interval", unit: "seconds", value: "300" },
    ],
  };

  // Text from a form field: "" stays "" (missing), numbers become numbers, the rest stays text
  // so that the calculator can say it is not a number. Choices stay strings.
  function parseField(field, text) {
    if (field.options) return text;
    var t = String(text).trim().replace(/,/g, "");
    if (t === "") return "";
    var n = Number(t);
    return isNaN(n) ? t : n;
  }

  /* ---- results as sentences ---------------------------------------------------------- */

  function round(value, digits) {
    var f = Math.pow(10, digits);
    return Math.round(value * f) / f;
  }
  function grouped(text) {
    var parts = text.split(".");
    parts[0] = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return parts.join(".");
  }
  // A result for reading: rounded to `digits` decimals (2 by default), thousands grouped.
  function num(value, digits) { return grouped(String(round(value, digits === undefined ? 2 : digits))); }
  function usd(value) {
    if (value >= 1) return "$" + grouped(value.toFixed(2));
    if (value >= 0.01) return "$" + value.toFixed(4);
    return "$" + value.toFixed(6);
  }
  function plural(n, one, many) { return fmt(n) + " " + (n === 1 ? one : many || one + "s"); }

  var DESCRIBE = {
    dynamodb: function (o) {
      return [
        "Each read uses " + plural(o.read_units_per_item, "read unit") + " and each write " + plural(o.write_units_per_item, "write unit") + ".",
        "Reads: " + fmt(o.rcu_strong) + " RCU strongly consistent, " + fmt(o.rcu_eventual) + " RCU eventually consistent, " + fmt(o.rcu_transactional) + " RCU transactional.",
        "Writes: " + fmt(o.wcu_standard) + " WCU standard, " + fmt(o.wcu_transactional) + " WCU transactional.",
        "At least " + plural(o.min_partitions, "partition") + " (so as many evenly used key values) to carry it.",
      ];
    },
    kinesis: function (o) {
      var lines = [
        "Writes: " + num(o.write_kb) + " KB/s, so " + plural(o.by_volume, "shard") + " by volume and " + plural(o.by_count, "shard") + " by record count.",
        "Shared reads: " + num(o.read_kb) + " KB/s, so " + plural(o.by_reads, "shard") + ".",
        "Provision " + plural(o.shards, "shard") + " (before headroom for peaks).",
      ];
      if (o.efo_read_kb > 0) lines.push("Enhanced fan-out consumers read " + num(o.efo_read_kb) + " KB/s in total from their own allowance, with no extra shards.");
      return lines;
    },
    lambda: function (o) {
      return [
        "Concurrency: about " + plural(o.concurrency, "execution environment") + " busy at once.",
        o.within_quota
          ? "That is " + num(o.quota_share * 100, 1) + "% of the default quota of " + fmt(o.quota) + " per Region, shared by every function in the account."
          : "That exceeds the default quota of " + fmt(o.quota) + " per Region: request a quota increase, or requests will be throttled.",
        "From a cold start, growing to it takes at least " + plural(o.scaling_steps, "scaling period") + " of " + fmt(o.step_seconds) + " seconds.",
      ];
    },
    athena: function (o) {
      return [
        "Scanned: " + num(o.scanned_mb) + " MB, billed " + num(o.billed_mb) + " MB" + (o.minimum_applies ? " (the per-query minimum)." : "."),
        "Cost per query: " + usd(o.usd_per_query) + "; in total: " + usd(o.usd_total) + ".",
      ];
    },
    s3: function (o, inputs) {
      var lines = [
        "Billed storage: " + num(o.billed_gb, 3) + " GB for " + plural(o.billed_days, "day") + ": " + usd(o.storage_usd) + ".",
      ];
      if (o.minimum_size_applies) lines.push("Each object is billed as " + num(o.billed_object_kb) + " KB, the class's minimum object size.");
      if (o.minimum_duration_applies) lines.push("The class bills at least " + plural(o.billed_days, "day") + ", more than the objects are kept.");
      if (o.standard_gb > 0) lines.push("Archive overhead billed at the S3 Standard rate: " + usd(o.overhead_usd) + ".");
      if (o.monitoring_usd > 0) lines.push("Intelligent-Tiering monitoring: " + usd(o.monitoring_usd) + ".");
      if (o.retrieval_usd > 0) lines.push("Retrieval: " + usd(o.retrieval_usd) + ".");
      lines.push("Total, without request charges: " + usd(o.total_usd) + ".");
      return lines;
    },
    glue: function (o) {
      return [
        fmt(o.dpus) + " DPUs for " + num(o.billed_seconds / 60) + " billed minutes: " + num(o.dpu_hours, 3) + " DPU-hours per run.",
        "Cost per run: " + usd(o.usd_per_run) + "; in total: " + usd(o.usd_total) + ".",
      ];
    },
    firehose: function (o) {
      if (o.trigger === "none") return ["An interval of zero turns buffering off: records are delivered as they arrive, in small objects."];
      return [
        "The buffer fills in " + num(o.seconds_to_fill, 1) + " seconds, so it is flushed by " + (o.trigger === "size" ? "size" : "time") + " every " + num(o.flush_seconds, 1) + " seconds.",
        "Each object holds about " + num(o.object_mib) + " MiB before compression; about " + num(o.objects_per_hour, 1) + " objects an hour.",
      ];
    },
  };

  function describe(name, outputs, inputs) { return DESCRIBE[name](outputs, inputs || {}); }

  return {
    InputError: InputError, fmt: fmt, number: number, choice: choice,
    CALCULATORS: CALCULATORS, FIELDS: FIELDS, compute: compute, run: run,
    parseField: parseField, describe: describe, usd: usd, num: num,
  };
});
