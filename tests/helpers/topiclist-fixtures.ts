import { readFileSync } from 'node:fs';

export const miniYaml = readFileSync(new URL('../fixtures/mini.yaml', import.meta.url), 'utf8');
export const studyYaml = readFileSync(new URL('../../topiclists/ketensamenwerking-stalking.yaml', import.meta.url), 'utf8');

/** The mini topic list as a plain object, for JSON bodies and variations. */
export function miniObject(): Record<string, any> {
  return {
    id: 'mini-json',
    title: { nl: 'Kleine pilot', en: 'Small pilot' },
    languages: ['nl', 'en'],
    scales: { satisfaction: { min: 1, max: 5, allow: ['na', 'dk'] } },
    dimensions: [{ id: 'trust', label: { nl: 'Vertrouwen', en: 'Trust' } }],
    levels: [
      {
        id: 'chain',
        label: { nl: 'Ketenniveau', en: 'Chain level' },
        topics: [
          {
            id: 'direction',
            label: 'Regievoering',
            items: [
              { id: 'direction-open', type: 'open', prompt: 'Wie voert de regie?' },
              { id: 'chain-trust', type: 'scale', scale: 'satisfaction', dimension: 'trust', prompt: 'Hoe tevreden?' },
            ],
          },
        ],
      },
    ],
  };
}
