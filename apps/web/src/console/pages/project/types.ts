import type { ConsoleProjectQuery } from '../../gql/graphql';
import type { useProjectYear } from '../../year/year-ui';

/** The project as the console's detail page reads it (ProjectDoc). */
export type DetailProject = NonNullable<ConsoleProjectQuery['project']>;

/** The page's panels and buttons get the project, what the caller may do with it, and a reload. */
export interface ProjectPartProps {
  project: DetailProject;
  /** Project.availableActions: the server's word on what the caller may do now */
  can: (action: string) => boolean;
  reload: () => void;
  /** the council's-year facts (dates, origin, following, released claims), once loaded */
  year: ProjectYear | null;
}

export type ProjectYear = NonNullable<ReturnType<typeof useProjectYear>['year']>;
