/**
 * The decider pattern: a stream's behaviour as three pure pieces.
 * - `decide` turns a command into the events it causes, given the state folded so far and a
 *   context of inputs the domain may not read itself (today's date, rules). It throws a
 *   DomainError when the command is refused and never performs I/O.
 * - `evolve` applies one recorded event to the state. It is total: it never throws, because
 *   recorded events are facts.
 * - `initialState` is the state of an empty stream.
 */
export interface Decider<Command, Event, State, Context = void> {
  decide: (command: Command, state: State, context: Context) => Event[];
  evolve: (state: State, event: Event) => State;
  initialState: () => State;
}

/** Folds a stream's events into a state with a decider's `evolve`, starting from `initialState`. */
export const foldEvents = <Command, Event, State, Context>(
  decider: Pick<Decider<Command, Event, State, Context>, 'evolve' | 'initialState'>,
  events: readonly Event[],
): State => events.reduce(decider.evolve, decider.initialState());
