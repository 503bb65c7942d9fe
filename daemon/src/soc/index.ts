/** The SOC pipeline: bus, agents, enforcement and store wired together (the HTTP server calls this). */
export { createSoc, type Soc, type SocOptions, type SocStats } from './create-soc';
