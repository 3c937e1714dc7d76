/** One Markdown table row of the bench's result table. */
export const row = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;

/** The last column: whether an issue 8 target was met. */
export const verdict = (met: boolean) => (met ? 'met' : '**not met**');
