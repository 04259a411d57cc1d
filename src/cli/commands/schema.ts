// asm schema: the JSON Schema of the document model (zod is loaded only here).
import type { Register } from '../main.js';
import { t } from '../i18n.js';

export const registerSchema: Register = (program, ctx, run) => {
  program
    .command('schema')
    .description(t('schemaDescription', ctx.lang))
    .addHelpText('after', `\n${t('examples', ctx.lang)}\n${t('schemaExamples', ctx.lang)}`)
    .action(
      run(async () => {
        const { z } = await import('zod');
        const { documentSchema } = await import('../../core/schema.js');
        const schema = z.toJSONSchema(z.array(documentSchema), { target: 'draft-2020-12' });
        ctx.stdout.write(`${JSON.stringify({ title: 'asm documents', ...schema }, null, 2)}\n`);
        return 0;
      }),
    );
};
