package org.dfaas.sampler.config;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of compat §1 and §2 refuses a bad value, naming its key path. */
class ConfigValidationTest {

  private final ConfigLoader loader = new ConfigLoader(Path.of("/home/tester"), () -> 1L);

  static Stream<Arguments> badConfigs() {
    return Stream.of(
        bad(
            "overload: {replica_overload_threshold: 5}",
            "overload.replica_overload_threshold",
            "did you mean `replicas_overload_threshold`?"),
        bad("functions: [{name: a, metod: POST}]", "functions[0].metod", "did you mean `method`?"),
        bad("duraton: 10s", "duraton", "did you mean `duration`?"),
        bad("iteratoins: 2", "iteratoins", "did you mean `iterations`?"),
        bad("k6_port: 0", "k6_port", "1..65535"),
        bad("k6_port: 70000", "k6_port", "1..65535"),
        bad("k6_port: twenty-two", "k6_port", "must be an integer"),
        bad("k6_host: \"a\\nb\"", "k6_host", "one line"),
        bad("k6_host: ''", "k6_host", "must not be empty"),
        bad("k6_host: -oProxyCommand=touch", "k6_host", "host name or an IP address"),
        bad("k6_host: \"h;id\"", "k6_host", "host name or an IP address"),
        bad("k6_host: \"{{ lookup('pipe','id') }}\"", "k6_host", "host name or an IP address"),
        bad("k6_user: -oProxyCommand=touch", "k6_user", "must not start with '-'"),
        bad("k6_user: ''", "k6_user", "must not be empty"),
        bad("k6_workspace_root: var/lib/k6", "k6_workspace_root", "absolute path"),
        bad("k6_log_stream: maybe", "k6_log_stream", "true or false"),
        bad("k6_outputs: [\"json=a\\nb\"]", "k6_outputs[0]", "one line"),
        bad("k6_outputs: json", "k6_outputs", "must be a list"),
        bad("k6_tags: {\"a=b\": c}", "k6_tags.a=b", "no '='"),
        bad("run_id: ../escape", "run_id", "names a folder"),
        bad("gateway_url: ftp://10.0.0.1", "gateway_url", "http:// or https://"),
        bad("gateway_url: 'http://10.0.0.1/a\"b'", "gateway_url", "not a URL"),
        bad("gateway_url: 'http://10.0.0.1/a;b'", "gateway_url", "path"),
        bad("gateway_url: http://admin:secret@10.0.0.1", "gateway_url", "credentials"),
        bad("gateway_url: http://10.0.0.1?x=1", "gateway_url", "query"),
        bad("gateway_url: http:///nohost", "gateway_url", "host"),
        bad("prometheus_url: not a url", "prometheus_url", "without spaces"),
        bad("functions: []", "functions", "at least one"),
        bad("functions: figlet", "functions", "must be a list"),
        bad("functions: [figlet]", "functions[0]", "must be a map"),
        bad("functions: [{method: GET}]", "functions[0].name", "required"),
        bad("functions: [{name: ''}]", "functions[0].name", "required"),
        bad("functions: [{name: 'fig let'}]", "functions[0].name", "not a function name"),
        bad("functions: [{name: '-figlet'}]", "functions[0].name", "not a function name"),
        bad("functions: [{name: 'a\"+b'}]", "functions[0].name", "not a function name"),
        bad("functions: [{name: a}, {name: a}]", "functions[1].name", "listed twice"),
        bad(
            "functions: [{name: a, method: FETCH}]",
            "functions[0].method",
            "unsupported HTTP method \"FETCH\""),
        bad("functions: [{name: a, max_rate: -1}]", "functions[0].max_rate", "≥ 0"),
        bad(
            "rates: {min_rate: 10, max_rate: 50, step: 10}\nfunctions: [{name: a, max_rate: 5}]",
            "functions[0].max_rate",
            "lowest rate (10)"),
        bad(
            "functions: [{name: a, headers: {'Bad Header': x}}]",
            "functions[0].headers.Bad Header",
            "HTTP header name"),
        bad(
            "functions: [{name: a, headers: {X-A: \"1\\r\\nX-B: 2\"}}]",
            "functions[0].headers.X-A",
            "one line"),
        bad(
            "functions: [{name: a, headers: {X-A: [1]}}]",
            "functions[0].headers.X-A",
            "must be a string"),
        bad("functions: [{name: a, body: {json: 1}}]", "functions[0].body", "must be a string"),
        bad("rates: {min_rate: -1}", "rates.min_rate", "≥ 0"),
        bad("rates: {min_rate: 50, max_rate: 10}", "rates.max_rate", "≥ min_rate"),
        bad("rates: {step: 0}", "rates.step", "> 0"),
        bad("rate_strategy: {min_rate: 1}", "rate_strategy.type", "required"),
        bad("rate_strategy: {type: fibonacci}", "rate_strategy.type", "unknown strategy"),
        bad("rate_strategy: {type: linear, step: -5}", "rate_strategy.step", "> 0"),
        bad("rate_strategy: {type: exponential, base: 1}", "rate_strategy.base", "≥ 2"),
        bad("rate_strategy: {type: exponential, min_power: -1}", "rate_strategy.min_power", "≥ 0"),
        bad(
            "rate_strategy: {type: exponential, min_power: 5, max_power: 4}",
            "rate_strategy.max_power",
            "≥ min_power"),
        bad("rate_strategy: {type: exponential, max_rate: 0}", "rate_strategy.max_rate", "≥ 1"),
        bad(
            "rate_strategy: {type: exponential, max_power: 40}",
            "rate_strategy.max_power",
            "largest rate"),
        bad("rate_strategy: {type: random, count: 0, seed: 1}", "rate_strategy.count", "≥ 1"),
        bad(
            "rate_strategy: {type: random, min_rate: -3, seed: 1}",
            "rate_strategy.min_rate",
            "≥ 0"),
        bad(
            "rate_strategy: {type: random, min_rate: 9, max_rate: 3, seed: 1}",
            "rate_strategy.max_rate",
            "≥ min_rate"),
        bad(
            "rate_strategy: {type: random, seed: lucky}",
            "rate_strategy.seed",
            "must be an integer"),
        bad("rate_strategy: {type: custom, rates: []}", "rate_strategy.rates", "at least one"),
        bad("rate_strategy: {type: custom, rates: [10, -10]}", "rate_strategy.rates[1]", "≥ 0"),
        bad(
            "rate_strategy: {type: custom, rates: [10, ten]}",
            "rate_strategy.rates[1]",
            "must be an integer"),
        bad("combinations: {min_functions: 0}", "combinations.min_functions", "≥ 1"),
        bad(
            "combinations: {min_functions: 2, max_functions: 2}",
            "combinations.max_functions",
            "exclusive"),
        bad("combinations: 3", "combinations", "must be a map"),
        bad("duration: 30", "duration", "<int><unit>"),
        bad("duration: 0s", "duration", "> 0"),
        bad("duration: 30x", "duration", "<int><unit>"),
        bad("duration: 1.5s", "duration", "<int><unit>"),
        bad("iterations: 0", "iterations", "≥ 1"),
        bad("iterations: 1.5", "iterations", "must be an integer"),
        bad("cooldown: {max_wait_seconds: -1}", "cooldown.max_wait_seconds", "≥ 0"),
        bad("cooldown: {sleep_step_seconds: 0}", "cooldown.sleep_step_seconds", "> 0"),
        bad("cooldown: {idle_threshold_pct: 101}", "cooldown.idle_threshold_pct", "0..100"),
        bad(
            "overload: {cpu_overload_pct_of_capacity: 120}",
            "overload.cpu_overload_pct_of_capacity",
            "0..100"),
        bad("overload: {ram_overload_pct: -1}", "overload.ram_overload_pct", "0..100"),
        bad("overload: {success_rate_node_min: 1.5}", "overload.success_rate_node_min", "0..1"),
        bad(
            "overload: {success_rate_function_min: -0.1}",
            "overload.success_rate_function_min",
            "0..1"),
        bad(
            "overload: {replicas_overload_threshold: 0}",
            "overload.replicas_overload_threshold",
            "≥ 1"),
        bad("overload: {ram_overload_pct: high}", "overload.ram_overload_pct", "must be a number"),
        bad("scaphandre_enabled: sometimes", "scaphandre_enabled", "true or false"),
        bad("function_pid_regexes: {figlet: \"a\\nb\"}", "function_pid_regexes.figlet", "one line"),
        bad("queries_path: ''", "queries_path", "must not be empty"),
        bad("- just\n- a list", "(top level)", "map of keys"),
        bad("plugins: {dfaas: [1]}", "plugins.dfaas", "must be a map"));
  }

  private static Arguments bad(String yaml, String path, String message) {
    return Arguments.of(yaml, path, message);
  }

  @ParameterizedTest(name = "{1} ← {0}")
  @MethodSource("badConfigs")
  void refusesABadValueNamingItsKeyPath(String yaml, String path, String message) {
    RefusedConfig.assertRefusedNaming(
        () -> loader.load("bad.yaml", yaml, List.of()), path, message);
  }
}
