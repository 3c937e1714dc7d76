/** Improvements smaller than this are rounding, not progress; stops the search from cycling. */
const EPSILON = 1e-9;

/** Longest run of consecutive stops that Or-opt tries to move elsewhere in the route. */
const OR_OPT_MAX_SEGMENT = 3;

export type CostMatrix = readonly (readonly number[])[];

const cost = (matrix: CostMatrix, from: number, to: number): number =>
  (matrix[from] as readonly number[])[to] as number;

/** Cost of walking the nodes in this order (an open path: no way back to the first). */
export function pathCost(matrix: CostMatrix, order: readonly number[]): number {
  let total = 0;
  for (let index = 1; index < order.length; index += 1)
    total += cost(matrix, order[index - 1] as number, order[index] as number);
  return total;
}

function nearestNeighbour(matrix: CostMatrix): number[] {
  const unvisited = new Set(matrix.map((_, index) => index).slice(1));
  const order = [0];
  while (unvisited.size > 0) {
    const here = order[order.length - 1] as number;
    let best = -1;
    for (const candidate of unvisited)
      if (best === -1 || cost(matrix, here, candidate) < cost(matrix, here, best)) best = candidate;
    order.push(best);
    unvisited.delete(best);
  }
  return order;
}

/** Cost of an edge whose far end may be past the end of the route (then nothing: the route is open). */
const edge = (matrix: CostMatrix, from: number, to: number | undefined): number =>
  to === undefined ? 0 : cost(matrix, from, to);

/** Reverses a stretch whenever that shortens the walk; the first node stays first. */
function twoOpt(matrix: CostMatrix, order: number[]): boolean {
  let improved = false;
  for (let i = 1; i < order.length - 1; i += 1) {
    for (let j = i + 1; j < order.length; j += 1) {
      const [before, first, last] = [order[i - 1], order[i], order[j]] as [number, number, number];
      const after = order[j + 1];
      // Symmetric costs: only the two edges at the ends of the stretch change.
      const delta =
        cost(matrix, before, last) -
        cost(matrix, before, first) +
        edge(matrix, first, after) -
        edge(matrix, last, after);
      if (delta < -EPSILON) {
        const reversed = order.slice(i, j + 1).reverse();
        order.splice(i, reversed.length, ...reversed);
        improved = true;
      }
    }
  }
  return improved;
}

/** Moves one run of 1–3 stops (either way round) to where it shortens the walk; the first node stays first. */
function orOpt(matrix: CostMatrix, order: number[]): boolean {
  for (let length = 1; length <= OR_OPT_MAX_SEGMENT; length += 1) {
    for (let i = 1; i + length <= order.length; i += 1) {
      const segment = order.slice(i, i + length);
      const [head, tail] = [segment[0], segment[length - 1]] as [number, number];
      const [before, after] = [order[i - 1] as number, order[i + length]];
      const saved = cost(matrix, before, head) + edge(matrix, tail, after) - edge(matrix, before, after);
      const rest = [...order.slice(0, i), ...order.slice(i + length)];
      for (let at = 1; at <= rest.length; at += 1) {
        if (at === i) continue;
        const [left, right] = [rest[at - 1] as number, rest[at]];
        for (const piece of length === 1 ? [segment] : [segment, [...segment].reverse()]) {
          const [first, last] = [piece[0], piece[length - 1]] as [number, number];
          const added = cost(matrix, left, first) + edge(matrix, last, right) - edge(matrix, left, right);
          if (added - saved < -EPSILON) {
            order.splice(0, order.length, ...rest.slice(0, at), ...piece, ...rest.slice(at));
            return true;
          }
        }
      }
    }
  }
  return false;
}

/**
 * An order to visit every node once, starting at node 0 and ending anywhere, that keeps the total
 * cost low: nearest neighbour, then 2-opt and Or-opt moves until neither helps. Costs must be
 * symmetric (walking A to B costs what B to A does). A heuristic; its measured distance from the
 * optimum is in docs/walkthrough.md. For a free start, make node 0 a dummy that costs nothing to leave.
 */
export function orderRoute(matrix: CostMatrix): number[] {
  if (matrix.length <= 2) return matrix.map((_, index) => index);
  const order = nearestNeighbour(matrix);
  while (twoOpt(matrix, order) || orOpt(matrix, order));
  return order;
}
