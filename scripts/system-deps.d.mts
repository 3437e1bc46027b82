/** The command that installs the system packages the integration tests use. */
export const INSTALL_COMMAND: string;
/** Debian/Ubuntu package -> how the tests find it. */
export const REQUIREMENTS: { package: string; command?: string; file?: string; postgres?: string; python?: string }[];
/** The newest /usr/lib/postgresql/<major>/bin (under root) holding tool, or undefined. */
export function postgresBin(tool?: string, root?: string): string | undefined;
/** The packages whose part is missing: commands on env.PATH, files under root, modules python imports. */
export function missingPackages(options?: { env?: NodeJS.ProcessEnv; root?: string; python?: string }): string[];
/** "Missing system packages: … Run: sudo .ci/system-deps". */
export function missingMessage(packages: string[]): string;
