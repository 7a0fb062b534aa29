import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
// Generated from the element sources by `npm run analyze` (custom-elements-manifest.config.mjs);
// `npm run storybook` and `npm run build:storybook` run it first. The docs pages take each
// element's attributes, properties, events, parts and custom properties from it.
import manifest from '../packages/elements/custom-elements.json';
// Slow and never-answering requests for the loading stories (only URLs under never-answers/ and slow/).
import '../stories/support/network.js';

// Storybook lists attributes, properties, events, parts and custom properties in one table keyed
// by name, so a part named like an attribute (plan-vision's `principles`, the gauge's `label` and
// `status`) would replace it. The docs show parts as `::part(name)`, which is also how a page
// styles them; custom-elements.json itself is unchanged.
interface Declaration {
  cssParts?: { name: string; description?: string }[];
}
setCustomElementsManifest({
  ...manifest,
  modules: manifest.modules.map((module) => ({
    ...module,
    declarations: (module.declarations as Declaration[] | undefined)?.map((declaration) =>
      declaration.cssParts ? { ...declaration, cssParts: declaration.cssParts.map((part) => ({ ...part, name: `::part(${part.name})` })) } : declaration,
    ),
  })),
});

const preview: Preview = {
  decorators: [withActions],
  parameters: {
    // Log the events the elements fire in the Actions panel.
    actions: { handles: ['plan-load', 'plan-error'] },
    controls: { expanded: true, sort: 'requiredFirst' },
    // Accessibility checks (axe) run on every story; violations are errors, not to-dos.
    a11y: { test: 'error' },
    docs: { toc: true },
    // The sidebar lists the elements in the registry's order: .storybook/main.ts names the story
    // files in that order (storySort must be a literal here, which a registry cannot feed).
  },
  tags: ['autodocs'],
};

export default preview;
