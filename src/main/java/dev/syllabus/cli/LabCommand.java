package dev.syllabus.cli;

import dev.syllabus.lab.Fields;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code syllabus lab NAME ...}: the concept labs, the same computations the wiki's concept pages run. */
@Command(name = "lab", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = {"Compute what the concept pages explain: parameter counts, scaling laws, tokenizers, decoding, "
                + "positional encodings.", "Every input is bounded; a value out of bounds is refused with its limits (exit 2)."},
        subcommands = {LabCommands.Params.class, LabCommands.Scaling.class, LabCommands.Tokenize.class,
                LabCommands.Bpe.class, LabCommands.Decode.class, LabCommands.Positions.class})
final class LabCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new UsageError("name a lab: params, scaling, tokenize, bpe, decode or positions (syllabus lab --help)");
    }

    /**
     * The options the user typed, by name without dashes, as the labs read them; options the lab does not take as an
     * input ({@code --format}, {@code --svg}, {@code --content}) are left out.
     */
    static Fields typed(CommandLine.Model.CommandSpec spec, String... skip) {
        Map<String, String> values = new LinkedHashMap<>();
        for (CommandLine.Model.OptionSpec o : spec.commandLine().getParseResult().matchedOptions()) {
            String name = o.longestName().replaceFirst("^--", "");
            if (!java.util.List.of(skip).contains(name) && o.getValue() != null) {
                values.put(name, String.valueOf((Object) o.getValue()));
            }
        }
        return new Fields(values);
    }
}
