import ArgumentParser
import OrgChartCore

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a valid synthetic model of any size, deterministically, for benchmarks and tests.",
        discussion: """
            The model has a headquarters, sub-command posts, work groups, bureaus and teams with uneven fan-out, \
            people as chiefs and deputies, and duties with a lead and two assists. About one duty in 97 has no \
            lead and one in 101 has two (planted gaps and overlaps); their numbers are printed to standard error \
            and written in the file's header. The same arguments always give the same bytes.

            Example:
              orgchart generate --units 100000 --people 20000 --duties 200000 --seed 1 -o big.yaml
            """)

    @Option(help: "Number of units.") var units: Int = 1000
    @Option(help: "Number of people.") var people: Int = 200
    @Option(help: "Number of duties.") var duties: Int = 2000
    @Option(help: "Random seed.") var seed: UInt64 = 1

    @OptionGroup var output: OutputOption

    @OptionGroup var options: GlobalOptions

    func validate() throws {
        guard units >= 1, people >= 1, duties >= 0 else {
            throw ValidationError("--units and --people must be at least 1, --duties at least 0")
        }
        guard units <= 10_000_000, people <= 10_000_000, duties <= 20_000_000 else {
            throw ValidationError("at most 10,000,000 units or people and 20,000,000 duties")
        }
    }

    func run() throws {
        let generator = ModelGenerator(units: units, people: people, duties: duties, seed: seed)
        let (model, planted) = generator.generate()
        let summary = "planted: \(planted.gaps) duties without lead, \(planted.overlaps) duties with two leads"
        let yaml = ModelWriter(header: [
            "Synthetic model written by `orgchart generate --units \(units) --people \(people) --duties \(duties) --seed \(seed)`.",
            "Not a real organisation. \(summary).",
        ]).yaml(model)
        try emit(yaml, to: output.path, inputs: [], options: options)
        printError(summary)
    }
}
