package dev.syllabus.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import dev.syllabus.content.ContentLoader;
import dev.syllabus.content.ContentSnapshot;
import picocli.CommandLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line builds only the subcommand a run names, and behaves as if it had built them all. */
class MainTest {
    @Test
    void eachCommandIsListedUnderTheNameItsAnnotationGives() {
        Main.COMMANDS.forEach(name ->
                assertThat(new CommandLine(Main.command(name)).getCommandName()).as("command listed as %s", name).isEqualTo(name));
    }

    @Test
    void aRunThatNamesACommandBuildsOnlyThatOne() {
        assertThat(Main.commandLine("search", "rope").getSubcommands()).containsOnlyKeys("search");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "serach", "--version"})
    void aRunThatNamesNoCommandBuildsEveryOne(String first) {
        assertThat(Main.commandLine(first).getSubcommands().keySet()).containsExactlyElementsOf(Main.COMMANDS);
    }

    @Test
    void theHelpListsEveryCommand() {
        CliRun help = CliRun.syllabus("--help");
        assertThat(help.exitCode()).isZero();
        Main.COMMANDS.forEach(name -> assertThat(help.out()).contains("  " + name + " "));
    }

    @Test
    void aMistypedCommandIsAUsageErrorThatSuggestsTheRightOne() {
        CliRun run = CliRun.syllabus("serach", "rope").isUsageError("serach");
        assertThat(run.err()).contains("search");
    }

    @Test
    void aCommandBuiltAloneKeepsTheSharedSettings() {
        // Enum options are case-insensitive only when the setting reached the subcommand.
        assertThat(CliRun.syllabus("list", "concepts", "--format", "JSON", "--content", CliRun.FIXTURE.toString())
                .succeeds().json().isArray()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"search rope", "plan --goal dpo", "show dpo", "list concepts", "next", "path lightweight-path"})
    void theBundledContentIsStartedEarlyForCommandsThatOnlyReadIt(String args) {
        assertThat(Main.readsBundledContent(args.split(" "))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"search rope --content elsewhere", "search --content=elsewhere rope", "search @args.txt",
            "search --help", "plan -h", "search -V", "validate", "serve", "import guide.md", "progress show"})
    void nothingIsStartedEarlyForAnotherContentAnArgumentFileHelpOrACommandThatWrites(String args) {
        assertThat(Main.readsBundledContent(args.split(" "))).isFalse();
    }

    @Test
    void nothingIsStartedEarlyWithoutArguments() {
        assertThat(Main.readsBundledContent()).isFalse();
    }

    @Test
    void theFirstCommandThatLoadsTheBundledContentGetsWhatWasStartedEarly() {
        ContentSnapshot.Loaded early = new ContentSnapshot.Loaded(ContentLoader.loadBundled(), Optional.empty());
        ContentOption.startWith(early);
        assertThat(new ContentOption().loadCached()).isSameAs(early);
    }

    @Test
    void whatWasStartedEarlyIsTakenOnlyOnce() {
        ContentSnapshot.Loaded early = new ContentSnapshot.Loaded(ContentLoader.loadBundled(), Optional.empty());
        ContentOption.startWith(early);
        ContentOption option = new ContentOption();
        option.loadCached();
        assertThat(option.loadCached()).isNotSameAs(early);
    }

    @Test
    void aCommandGivenAnotherContentLeavesWhatWasStartedEarlyAlone() {
        ContentSnapshot.Loaded early = new ContentSnapshot.Loaded(ContentLoader.loadBundled(), Optional.empty());
        ContentOption.startWith(early);
        ContentOption other = new ContentOption();
        other.directory = CliRun.FIXTURE;
        assertThat(other.loadCached()).isNotSameAs(early);
        assertThat(new ContentOption().loadCached()).isSameAs(early);
    }

    @Test
    void noOptionNeedsAConverterOfTheTypesWhosePicocliConvertersAreLeftOut() {
        List<String> needing = new ArrayList<>();
        Main.COMMANDS.forEach(name -> collect(new CommandLine(Main.command(name)), needing));
        assertThat(needing).as("options of java.time or java.sql types need a converter of their own").isEmpty();
    }

    private static void collect(CommandLine cli, List<String> needing) {
        cli.getCommandSpec().args().stream()
                .filter(a -> a.type().getName().matches("java\\.(time|sql)\\..*"))
                .filter(a -> a.converters().length == 0)
                .forEach(a -> needing.add(cli.getCommandName() + " " + a));
        cli.getSubcommands().values().forEach(sub -> collect(sub, needing));
    }
}
